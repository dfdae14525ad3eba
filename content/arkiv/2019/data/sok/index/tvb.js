insynSearch("tvb",{"w":[["vb","",[],[229]]],"p":[]});
