insynSearch("tob",{"w":[["obehöriga","obehör",[72,3,54],[]],["obs","",[],[227]]],"p":[]});
