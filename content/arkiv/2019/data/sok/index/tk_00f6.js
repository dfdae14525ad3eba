insynSearch("tk_00f6",{"w":[["köper","köp",[138],[]]],"p":[]});
