insynSearch("t_00e4m",{"w":[["ämnar","ämn",[],[192]]],"p":[]});
