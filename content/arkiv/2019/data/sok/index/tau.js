insynSearch("tau",{"w":[["augusti","",[],[166,6,3,6]]],"p":[]});
