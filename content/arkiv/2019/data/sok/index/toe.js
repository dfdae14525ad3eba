insynSearch("toe",{"w":[["oegentligheter","oegent",[69],[14,5,58,1,72]]],"p":[]});
