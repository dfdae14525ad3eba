insynSearch("tem",{"w":[["emma","emm",[185],[]],["employment","",[171,32],[180,40]]],"p":[]});
