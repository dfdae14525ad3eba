insynSearch("tmm",{"w":[["mm","",[],[224]]],"p":[]});
