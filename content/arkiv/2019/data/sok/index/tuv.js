insynSearch("tuv",{"w":[["uvas","",[],[165]]],"p":[]});
