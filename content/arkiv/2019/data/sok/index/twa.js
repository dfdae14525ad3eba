insynSearch("twa",{"w":[["wattjersson","",[],[47,4,1,1,1,1,4,1]]],"p":[]});
