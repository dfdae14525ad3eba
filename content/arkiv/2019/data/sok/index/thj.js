insynSearch("thj",{"w":[["hjälpa","hjälp",[],[217]]],"p":[]});
