#!/usr/bin/env python3
"""Clicking something that loads a new page and waiting until that page has replaced the old one.

Selenium's staleness_of asks chromedriver about the old <html> node; while the page is being swapped
chromedriver may answer "Node with given id does not belong to the document", an error staleness_of
does not expect. Instead the old window gets a mark that the new page cannot have."""
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait


def click_and_wait(driver, element, timeout=60):
    driver.execute_script("window.__gongkaiOldPage = true")
    # As a person scrolls what they click into the middle of the screen, clear of the editor's
    # action bar that stays at the bottom.
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()

    def new_page_ready(d):
        try:
            return d.execute_script(
                "return window.__gongkaiOldPage === undefined && document.readyState === 'complete'")
        except WebDriverException:
            return False

    WebDriverWait(driver, timeout).until(new_page_ready)
