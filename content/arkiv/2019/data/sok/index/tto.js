insynSearch("tto",{"w":[["tom","",[],[227]],["total","",[],[227]],["totalerna","total",[],[227]],["totalt","",[],[227]]],"p":[]});
