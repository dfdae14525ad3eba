insynSearch("tmn",{"w":[["mnkr","",[],[235,1,5,5,1]]],"p":[]});
