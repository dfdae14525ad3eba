insynSearch("tsj",{"w":[["sju","",[],[219]],["sjukdom","",[],[37]],["sjukfrånvaro","",[136],[]],["själva","själv",[],[216]],["självförsörjande","självförsörj",[40],[]]],"p":[]});
