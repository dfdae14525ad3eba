insynSearch("tmy",{"w":[["mycket","",[],[144,72,1,3,6]],["myndigheter","mynd",[],[23,164,31]],["myndighetsutövning","",[45],[]]],"p":[["myndigheten",[171],[]]]});
