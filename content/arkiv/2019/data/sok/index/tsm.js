insynSearch("tsm",{"w":[["smart","",[],[30,144]]],"p":[]});
