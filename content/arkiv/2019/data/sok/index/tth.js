insynSearch("tth",{"w":[["the","",[],[23]],["through","",[171],[]]],"p":[]});
