insynSearch("tof",{"w":[["offentlig","offent",[],[23,148,1]],["offentlighets","offentlighet",[],[23]],["ofta","oft",[],[218,8]],["ofullständiga","ofullständ",[65],[]]],"p":[]});
