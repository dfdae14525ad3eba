insynSearch("tki",{"w":[["kista","kist",[],[233]]],"p":[]});
