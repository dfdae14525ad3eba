insynSearch("twe",{"w":[["webb","",[],[16,5]],["webbgränssnitt","webbgränssnit",[],[224]],["wedholm","",[],[150,1,1,1,1,1]]],"p":[]});
