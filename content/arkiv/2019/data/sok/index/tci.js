insynSearch("tci",{"w":[["city","",[],[187]],["civila","civil",[],[172]]],"p":[]});
