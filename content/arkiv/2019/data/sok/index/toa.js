insynSearch("toa",{"w":[["oavsett","oavset",[],[226]]],"p":[]});
