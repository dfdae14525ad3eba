insynSearch("tgs",{"w":[["gsit","",[],[112,135]]],"p":[]});
