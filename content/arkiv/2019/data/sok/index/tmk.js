insynSearch("tmk",{"w":[["mkr","",[230],[227]]],"p":[]});
