insynSearch("tap",{"w":[["applicera","applicer",[],[171]],["april","",[],[23,163]]],"p":[]});
