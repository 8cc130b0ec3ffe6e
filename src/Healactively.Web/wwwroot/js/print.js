// Print buttons: any element with data-print opens the browser's print dialog (the report has a print stylesheet).
(function () {
    'use strict';
    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.addEventListener('click', function () {
            window.print();
        });
    });
})();
