insynSearch("tgl",{"w":[["globen","glob",[178],[]],["glömmer","glömm",[138],[]],["glöms","glöm",[140,1],[]]],"p":[]});
