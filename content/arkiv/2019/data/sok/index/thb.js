insynSearch("thb",{"w":[["hbtq","",[],[217]]],"p":[]});
