insynSearch("tag",{"w":[["agresso","",[78],[]]],"p":[]});
