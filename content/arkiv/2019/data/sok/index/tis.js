insynSearch("tis",{"w":[["isabelle","isabell",[],[157]],["isp","",[61],[]]],"p":[]});
