insynSearch("tps",{"w":[["psykiatrin","",[],[178]],["psykisk","",[],[37,141,6]]],"p":[]});
