insynSearch("tca",{"w":[["ca","",[],[217,5,12]],["callcenter","callcent",[],[219]],["campus","",[238],[221,1,14,3]],["campuschef","",[],[222]],["case","cas",[166],[]]],"p":[["campus",[],[221]]]});
