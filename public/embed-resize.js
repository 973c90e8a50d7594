/*
 * Optional host-page script for embedded charts (<iframe data-gov-disclosure-embed>): sets each
 * iframe's height to the height its chart reports with postMessage (or, for an iframe in the
 * embed code's box, whose padding holds the height ladder, the box's height). Safe to include twice.
 */
(function () {
  if (window.__govDisclosureEmbed) return;
  window.__govDisclosureEmbed = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'gov-disclosure-embed:height' || typeof d.height !== 'number' || !(d.height > 0)) return;
    var frames = document.querySelectorAll('iframe[data-gov-disclosure-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== e.source) continue;
      var height = Math.min(Math.ceil(d.height), 20000) + 'px';
      var box = frames[i].parentElement;
      if (box && box.hasAttribute('data-gov-disclosure-embed-box')) {
        box.style.paddingTop = height;
      } else {
        frames[i].style.height = height;
        frames[i].style.minHeight = '0';
      }
    }
  });
})();
