insynSearch("t_00e4g",{"w":[["äger","",[],[245]]],"p":[]});
