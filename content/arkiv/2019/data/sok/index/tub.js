insynSearch("tub",{"w":[["ubara","ubar",[],[217]]],"p":[]});
