insynSearch("tfg",{"w":[["fguide","fguid",[],[226]]],"p":[]});
