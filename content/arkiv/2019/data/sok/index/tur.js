insynSearch("tur",{"w":[["ur","",[],[220]],["ursprungliga","ursprung",[],[229]]],"p":[]});
