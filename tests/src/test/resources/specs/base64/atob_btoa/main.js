console.log(btoa(""), btoa("f"), btoa("fo"), btoa("foo"), btoa("\xff\xfe"));
console.log(atob("Zm9v"), atob(" Zm 9v\n"), atob("Zg"), atob("Zg=="), atob("Zm8="));
console.log(JSON.stringify(atob(btoa("\0\x01\x80\xff"))));
console.log(atob("undefined0").length, btoa(null), btoa(12));
console.log(typeof atob, atob.length, btoa.name, Object.getOwnPropertyDescriptor(globalThis, "atob").enumerable);
