insynSearch("t_00f6r",{"w":[["örebro","",[],[220]]],"p":[]});
