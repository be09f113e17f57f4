const who: string = "automatic";
console.log(<p class="x">hello {who}</p>);
