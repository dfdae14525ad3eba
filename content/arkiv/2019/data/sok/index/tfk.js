insynSearch("tfk",{"w":[["fku","",[232,1],[]]],"p":[]});
