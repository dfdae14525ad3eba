insynSearch("ttu",{"w":[["tur","",[],[216]]],"p":[]});
