insynSearch("tjt",{"w":[["jt","",[],[232,1]]],"p":[]});
