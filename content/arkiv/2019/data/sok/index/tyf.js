insynSearch("tyf",{"w":[["yfi","",[164,29],[223]]],"p":[]});
