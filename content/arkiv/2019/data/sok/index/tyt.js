insynSearch("tyt",{"w":[["ytterligare","ytter",[206],[192,25]]],"p":[]});
