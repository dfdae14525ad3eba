insynSearch("tga",{"w":[["gallring","",[125],[]]],"p":[]});
