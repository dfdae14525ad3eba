insynSearch("tkb",{"w":[["kbt","",[],[218]]],"p":[]});
