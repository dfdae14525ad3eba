insynSearch("tea",{"w":[["easi","",[],[173]]],"p":[]});
