insynSearch("tyn",{"w":[["yngre","yngr",[],[225]]],"p":[]});
