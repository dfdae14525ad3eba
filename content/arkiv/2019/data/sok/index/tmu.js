insynSearch("tmu",{"w":[["multikulturell","",[],[176]],["multiplicera","multiplicer",[],[17]],["mutor","mut",[],[24,10]]],"p":[]});
