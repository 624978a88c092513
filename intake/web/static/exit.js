// "Leave quickly", enhanced: replace this page in the history (the Back button does not
// return here) and blank it at once. Without JavaScript the link still leaves.
(function () {
  var leave = document.getElementById("leave");
  if (!leave) return;
  leave.addEventListener("click", function (event) {
    event.preventDefault();
    document.title = "";
    document.body.style.display = "none";
    window.location.replace(leave.href);
  });
})();
