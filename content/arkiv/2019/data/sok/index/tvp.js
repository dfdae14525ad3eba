insynSearch("tvp",{"w":[["vp","",[],[230]]],"p":[]});
